import datetime as dt
from decimal import Decimal

from model.core.formatting import long_date, money, number, time_span


def test_german_dates_and_money():
    assert long_date(dt.date(2026, 3, 5)) == "Donnerstag, 5. März 2026"
    assert (
        time_span(dt.datetime(2026, 3, 5, 10), dt.datetime(2026, 3, 5, 13))
        == "Donnerstag, 5. März 2026, 10:00–13:00 Uhr"
    )
    assert money(Decimal("1234.5")) == "1.234,50 €" and money(-20) == "-20,00 €" and money(None) == "0,00 €"
    assert number(Decimal("4.00")) == "4" and number(2.5) == "2,5" and number(None) == ""
