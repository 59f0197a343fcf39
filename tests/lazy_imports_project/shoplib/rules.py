def price(cents):
    return cents / 100
