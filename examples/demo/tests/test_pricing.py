import pytest

from shop.pricing import discount, total


def test_total_adds_tax():
    assert total([(10.0, 2), (5.0, 1)]) == 30.0


def test_discount():
    assert discount(80.0, 25) == 60.0


def test_discount_rejects_bad_percent():
    with pytest.raises(ValueError):
        discount(10.0, 120)
