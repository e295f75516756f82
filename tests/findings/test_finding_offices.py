from quotecheck.findings.offices import Office, clash, offices, same_period


def test_qualifiers_are_dropped_and_tenses_read():
    assert offices("U.S. President") == offices("Ukrainian President") == (Office("president", explicit=True),)
    assert offices("President") == (Office("president"),)
    assert offices("former President") == offices("ex-President") == (Office("president", "former", explicit=True),)
    assert offices("then-President") == (Office("president", "then", explicit=True),)
    assert offices("President-elect") == (Office("president", "elect", explicit=True),)
    assert offices("Former Russian President and Security Council Deputy Chair") == (
        Office("president", "former", explicit=True),
        Office("security council deputy chair"),
    )


def test_honorifics_descriptions_dates_and_possessors():
    assert offices("Mr.") == offices("the former president") == ()
    assert offices("Gov.") == (Office("governor"),)
    assert offices("the 2012 Republican presidential nominee") == ()
    assert offices("2012 Republican presidential nominee") == (Office("republican presidential nominee", "then"),)
    assert offices("Bloomberg's pollster") == (Office("bloomberg's pollster"),)


def test_clashes_and_where_they_count():
    assert clash(Office("president", "former", True), Office("president", explicit=True)) == ("former president vs president", False)
    assert clash(Office("president", "former", True), Office("president")) == ("former president vs president", True)
    assert clash(Office("governor", "former", True), Office("governor")) == ("former governor vs governor", False)
    assert clash(Office("vice president"), Office("president")) == ("vice president vs president", True)
    assert clash(Office("president", "then"), Office("president")) is None
    assert clash(Office("president"), Office("president", explicit=True)) is None
    assert clash(Office("senator"), Office("president")) is None


def test_periods():
    assert same_period(None, "2025-12-01", "president")
    assert same_period("2025-11-27", "2025-12-02", "president")
    assert not same_period("2015-01-01", "2016-06-01", "senator")
    assert not same_period("2016-12-01", "2017-02-01", "president")
    assert not same_period("2016-03-01", "2016-05-01", "campaign manager")
