import unittest

from api_client import normalise


class NormaliseTest(unittest.TestCase):
    def test_lowercases_emails_and_trims_names(self):
        row = normalise({"id": 7, "name": " Ada ", "email": "ADA@X.org", "active": True})
        self.assertEqual(row, {"id": 7, "name": "Ada", "email": "ada@x.org", "active": "true"})


if __name__ == "__main__":
    unittest.main()
