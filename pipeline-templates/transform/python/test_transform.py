import unittest

from transform import moving_average, zscore


class TransformTest(unittest.TestCase):
    def test_moving_average_uses_the_points_so_far_at_the_start(self):
        self.assertEqual(moving_average([1.0, 2.0, 3.0, 4.0], 2), [1.0, 1.5, 2.5, 3.5])

    def test_zscore_has_mean_zero(self):
        self.assertAlmostEqual(sum(zscore([1.0, 2.0, 6.0])), 0.0)


if __name__ == "__main__":
    unittest.main()
