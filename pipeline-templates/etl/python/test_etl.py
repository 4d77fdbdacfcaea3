import unittest

from etl import transform


class TransformTest(unittest.TestCase):
    def test_converts_to_eur_and_sums_per_region(self):
        rows = [
            {"order_id": "1", "region": "north", "amount": "10", "currency": "USD"},
            {"order_id": "2", "region": "north", "amount": "5", "currency": "EUR"},
        ]
        summary = transform(rows, {"EUR": 1.0, "USD": 0.5})
        self.assertEqual(summary["regions"]["north"], {"orders": 2, "total_eur": 10.0})

    def test_rejects_rows_without_an_amount(self):
        summary = transform([{"order_id": "1", "region": "x", "amount": "", "currency": "EUR"}], {"EUR": 1.0})
        self.assertEqual(summary["rejected"][0]["order_id"], "1")


if __name__ == "__main__":
    unittest.main()
