"""Diff and triage as set operations, without disk or database."""

from inventory.triage import Verdict, effective_verdict
from reports.diff import diff


def f(path, value, entity="MY_NUMBER", location="A1"):
    return {"root": "/r", "path": path, "entity_type": entity, "value_hmac": value, "location": location,
            "masked": value[:2] + "**", "category": None}


def v(id, verdict, kind, **target):
    return Verdict(id=id, verdict=verdict, target_kind=kind, created="t", who="me", **target)


def paths(findings):
    return sorted((x["path"], x["value_hmac"]) for x in findings)


def test_new_resolved_still_ignore_locations():
    before = [f("a.csv", "1"), f("a.csv", "2"), f("b.csv", "3")]
    after = [f("a.csv", "1", location="Z9"), f("c.csv", "4"), f("b.csv", "3")]
    result = diff(before, after, [])
    assert paths(result.new) == [("c.csv", "4")]
    assert paths(result.resolved) == [("a.csv", "2")]
    assert paths(result.still) == [("a.csv", "1"), ("b.csv", "3")]


def test_false_positive_and_accepted_stay_out_of_new():
    verdicts = [v(1, "false_positive", "finding", root="/r", uri="c.csv", entity_type="MY_NUMBER", value_hmac="4"),
                v(2, "accepted", "rule", glob="公開/**", entity_type="PHONE")]
    result = diff([], [f("c.csv", "4"), f("公開/a.html", "5", "PHONE"), f("公開/a.html", "6")], verdicts)
    assert paths(result.triaged) == [("c.csv", "4"), ("公開/a.html", "5")]
    assert paths(result.new) == [("公開/a.html", "6")]


def test_remediated_that_comes_back_is_reappeared():
    verdicts = [v(1, "remediated", "object", root="/r", uri="old.zip")]
    result = diff([], [f("old.zip!名簿.csv", "1")], verdicts)
    assert paths(result.reappeared) == [("old.zip!名簿.csv", "1")] and result.new == []


def test_most_specific_then_latest_verdict_wins():
    identity = ("/r", "a.csv", "PHONE", "1")
    verdicts = [v(1, "accepted", "rule", glob="**"), v(2, "needs_action", "finding", root="/r", uri="a.csv",
                                                       entity_type="PHONE", value_hmac="1"),
                v(3, "false_positive", "rule", glob="a.csv")]
    assert effective_verdict(identity, verdicts).verdict == "needs_action"
    assert effective_verdict(("/r", "b.csv", "PHONE", "1"), verdicts).verdict == "accepted"
