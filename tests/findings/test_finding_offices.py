from quotecheck.findings.offices import Office, clash, offices, same_period


def test_qualifiers_are_dropped_and_tenses_read():
    assert offices("U.S. President") == offices("Ukrainian President") == (Office("president"),)
    assert offices("former President") == offices("ex-President") == (Office("president", "former"),)
    assert offices("then-President") == (Office("president", "then"),)
    assert offices("President-elect") == (Office("president", "elect"),)
    assert offices("Former Russian President and Security Council Deputy Chair") == (
        Office("president", "former"),
        Office("security council deputy chair"),
    )


def test_clashes():
    assert clash(Office("president", "former"), Office("president"))
    assert clash(Office("vice president"), Office("president"))
    assert not clash(Office("president", "then"), Office("president"))
    assert not clash(Office("president"), Office("president"))
    assert not clash(Office("senator"), Office("president"))


def test_periods():
    assert same_period(None, "2025-12-01", "president")
    assert same_period("2025-11-27", "2025-12-02", "president")
    assert not same_period("2015-01-01", "2016-06-01", "senator")
    assert not same_period("2016-12-01", "2017-02-01", "president")
