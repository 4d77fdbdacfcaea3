import tempfile
import unittest
from pathlib import Path

from process_files import manifest


class ManifestTest(unittest.TestCase):
    def test_lists_nested_files_with_size_and_lines(self):
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "sub").mkdir()
            (Path(d) / "sub" / "a.txt").write_text("x\ny\n")
            [row] = manifest(d)
            self.assertEqual((row["path"], row["bytes"], row["lines"]), ("sub/a.txt", 4, 2))


if __name__ == "__main__":
    unittest.main()
