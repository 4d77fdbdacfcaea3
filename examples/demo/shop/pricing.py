"""Prices for the demo shop."""


def total(items, tax_rate=0.2):
    """Sum of price * quantity, with tax."""
    subtotal = sum(price * qty for price, qty in items)
    return round(subtotal * (1 + tax_rate), 2)


def discount(amount, percent):
    if not 0 <= percent <= 100:
        raise ValueError(f"percent must be 0..100, got {percent}")
    return round(amount * (100 - percent) / 100, 2)


def parse_price(text):
    # TODO: accept a currency suffix such as "12.50 EUR"
    try:
        return float(text)
    except Exception:
        return None
