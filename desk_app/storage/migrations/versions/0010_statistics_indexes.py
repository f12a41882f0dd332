"""statistics: a daily summary kept by a trigger, and covering indexes

``stats_daily`` holds the cases per day, item, office, path and certificate reason with the
time at the counter summed; a trigger adds every new case to it in the inserting
transaction (cases are append-only, so the sums stay exact). A whole year of the dashboard's
case figures then reads a few thousand rows instead of a million.

``ix_cases_stats`` covers the figures that need single cases (distinct applicants, current
states) and makes the summary's backfill read the index only; building it reads every
case's payload once. ``ix_case_events_kind_at`` serves withdrawals and verification results.

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_REASON = "coalesce(json_extract({t}payload, '$.certificate_reason'), '')"
_SECONDS = "json_extract({t}payload, '$.counter_seconds')"


def upgrade() -> None:
    # The two payload fields as expressions, spelled exactly as storage/statistics.py queries them.
    op.execute(
        "CREATE INDEX ix_cases_stats ON cases (created_at, item_code, path, office_code, "
        "json_extract(payload, '$.certificate_reason'), json_extract(payload, '$.counter_seconds'), doc_number)"
    )
    op.create_index("ix_case_events_kind_at", "case_events", ["kind", "at", "to_state", "case_id"])
    op.execute(
        "CREATE TABLE stats_daily (day VARCHAR(10) NOT NULL, item_code VARCHAR(32) NOT NULL, "
        "office_code VARCHAR(16) NOT NULL, path VARCHAR(16) NOT NULL, reason VARCHAR(32) NOT NULL, "
        "cases INTEGER NOT NULL, seconds_sum INTEGER NOT NULL, seconds_n INTEGER NOT NULL, "
        "PRIMARY KEY (day, item_code, office_code, path, reason))"
    )
    op.execute(
        "INSERT INTO stats_daily SELECT date(created_at), item_code, office_code, path, "
        f"{_REASON.format(t='')}, count(*), coalesce(sum({_SECONDS.format(t='')}), 0), "
        f"count({_SECONDS.format(t='')}) FROM cases GROUP BY 1, 2, 3, 4, 5"
    )
    op.execute(
        "CREATE TRIGGER stats_daily_on_case AFTER INSERT ON cases BEGIN "
        "INSERT INTO stats_daily (day, item_code, office_code, path, reason, cases, seconds_sum, seconds_n) "
        f"VALUES (date(NEW.created_at), NEW.item_code, NEW.office_code, NEW.path, {_REASON.format(t='NEW.')}, 1, "
        f"coalesce({_SECONDS.format(t='NEW.')}, 0), {_SECONDS.format(t='NEW.')} IS NOT NULL) "
        "ON CONFLICT (day, item_code, office_code, path, reason) DO UPDATE SET cases = cases + 1, "
        "seconds_sum = seconds_sum + excluded.seconds_sum, seconds_n = seconds_n + excluded.seconds_n; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER stats_daily_on_case")
    op.drop_table("stats_daily")
    op.drop_index("ix_case_events_kind_at", table_name="case_events")
    op.drop_index("ix_cases_stats", table_name="cases")
