"""Times for people: every time in a report in one zone (the configured one,
Asia/Tokyo by default) and labelled with it; the inventory stores UTC."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Tokyo"


def zone(name: str | None) -> ZoneInfo:
    return ZoneInfo(name or DEFAULT_TIMEZONE)


def as_local(stored: str | None, tz: ZoneInfo) -> datetime | None:
    """A stored ISO time (UTC, or naive from old inventories: UTC too) in tz."""
    if not stored:
        return None
    moment = datetime.fromisoformat(stored)
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(tz)


def local_time(stored: str | None, tz: ZoneInfo) -> str:
    moment = as_local(stored, tz)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def local_day(stored: str | None, tz: ZoneInfo) -> date | None:
    moment = as_local(stored, tz)
    return moment.date() if moment else None


def zone_label(tz: ZoneInfo, at: datetime | None = None) -> str:
    """`JST (Asia/Tokyo)`; a zone without an abbreviation shows its offset."""
    moment = (at or datetime.now(timezone.utc)).astimezone(tz)
    return f"{moment.strftime('%Z')} ({tz.key})" if moment.strftime("%Z") else f"UTC{moment:%z} ({tz.key})"
