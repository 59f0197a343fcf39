"""Actual
``packages/loot-core/migrations/1759260219000_add_trim_interval_report_setting.sql``: adds
column custom_reports.trim_intervals.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- Migration: Add trim_intervals column to custom_reports table

ALTER TABLE custom_reports ADD COLUMN trim_intervals INTEGER DEFAULT 0;
'''
    )
