"""A small synthetic EDI database for ``edi-migrate demo``: stdlib only.

The shipped package cannot depend on the test fixtures (Faker, Hypothesis); this
generator is deliberately simple: plausible sessions, a few orphans, seeded.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

PROMPTS = (
    "make the sky more dramatic",
    "remove the person on the left",
    "brighten the foreground",
    "turn the car red",
    "add autumn colours to the trees",
)
LABELS = ("sky", "person", "tree", "car", "building", "water", "grass", "dog")
STATUSES = ("in_progress", "completed", "failed", None)


def populate_v1(path: Path, sessions: int, seed: int = 0) -> dict[str, int]:
    """Insert ``sessions`` sessions with children (and some orphans) into a v1 database."""
    rng = random.Random(seed)
    counts = {"sessions": 0, "prompts": 0, "entities": 0, "validations": 0}
    conn = sqlite3.connect(path)
    with conn:
        for n in range(sessions):
            sid = f"demo-{seed}-{n:07d}"
            conn.execute(
                "INSERT INTO sessions (id, created_at, image_path, naive_prompt, status, "
                "final_alignment_score) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:00:00",
                    f"/home/user/pictures/IMG_{rng.randint(1000, 9999)}.jpg",
                    rng.choice(PROMPTS),
                    rng.choice(STATUSES),
                    round(rng.random(), 3),
                ),
            )
            counts["sessions"] += 1
            for it in range(rng.randint(0, 3)):
                conn.execute(
                    "INSERT INTO prompts (session_id, iteration, positive_prompt, "
                    "negative_prompt, quality_score) VALUES (?, ?, ?, ?, ?)",
                    (sid, it, "dramatic sky with storm clouds", "sunny sky", rng.random()),
                )
                counts["prompts"] += 1
            for k in range(rng.randint(0, 3)):
                label = rng.choice(LABELS)
                bbox = {"x1": 0, "y1": 0, "x2": rng.randint(10, 1920), "y2": rng.randint(10, 1080)}
                conn.execute(
                    "INSERT INTO entities (session_id, entity_id, label, confidence, bbox_json, "
                    "mask_path, color_hex, area_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sid,
                        f"{label}_{k}",
                        label,
                        rng.random(),
                        json.dumps(bbox),
                        f"/masks/{sid}_{k}.png",
                        f"#{rng.randint(0, 0xFFFFFF):06X}",
                        round(rng.uniform(0, 100), 1),
                    ),
                )
                counts["entities"] += 1
            for attempt in range(1, rng.randint(1, 3)):
                conn.execute(
                    "INSERT INTO validations (session_id, attempt_number, alignment_score, "
                    "preserved_count, modified_count, unintended_count, user_feedback) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (sid, attempt, rng.random(), rng.randint(0, 5), rng.randint(0, 3), 0, None),
                )
                counts["validations"] += 1
        for n in range(max(1, sessions // 200)):
            conn.execute(
                "INSERT INTO prompts (session_id, iteration, positive_prompt) VALUES (?, 0, ?)",
                (None if n % 2 else f"deleted-session-{n}", "orphan prompt"),
            )
            counts["prompts"] += 1
    conn.close()
    return counts


def demo_summary(path: Path) -> tuple[int, tuple]:
    """What the upgraded demo holds: orphan rows quarantined, and session_summary's
    totals (sessions, prompts, entities, validations)."""
    conn = sqlite3.connect(path)
    try:
        orphans = conn.execute("SELECT count(*) FROM orphaned_rows").fetchone()[0]
        summary = conn.execute(
            "SELECT count(*), sum(prompt_count), sum(entity_count), sum(validation_count) "
            "FROM session_summary"
        ).fetchone()
    finally:
        conn.close()
    return orphans, summary
