"""memos ``0.23/00__reactions.sql``: reaction types stored as emoji instead of names."""

from edi_migrations.changes import Recompute

# Each reaction's type name becomes its emoji, as the file means.
EMOJI = (
    ("THUMBS_UP", "👍"),
    ("THUMBS_DOWN", "👎"),
    ("HEART", "💛"),
    ("FIRE", "🔥"),
    ("CLAPPING_HANDS", "👏"),
    ("LAUGH", "😂"),
    ("OK_HAND", "👌"),
    ("ROCKET", "🚀"),
    ("EYES", "👀"),
    ("THINKING_FACE", "🤔"),
    ("CLOWN_FACE", "🤡"),
    ("QUESTION_MARK", "❓"),
)
# upstream's point: reaction types are stored as their emoji, not their names
CHANGES = (
    Recompute(
        "reaction",
        "reaction_type",
        expression="CASE reaction_type "
        + " ".join(f"WHEN '{name}' THEN '{emoji}'" for name, emoji in EMOJI)
        + " ELSE reaction_type END",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '👍' WHERE `reaction_type` = 'THUMBS_UP'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '👎' WHERE `reaction_type` = 'THUMBS_DOWN'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '💛' WHERE `reaction_type` = 'HEART'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '🔥' WHERE `reaction_type` = 'FIRE'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '👏' WHERE `reaction_type` = 'CLAPPING_HANDS'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '😂' WHERE `reaction_type` = 'LAUGH'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '👌' WHERE `reaction_type` = 'OK_HAND'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '🚀' WHERE `reaction_type` = 'ROCKET'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '👀' WHERE `reaction_type` = 'EYES'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '🤔' WHERE `reaction_type` = 'THINKING_FACE'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '🤡' WHERE `reaction_type` = 'CLOWN_FACE'
        """
    )
    conn.execute(
        """
        UPDATE `reaction` SET `reaction_type` = '❓' WHERE `reaction_type` = 'QUESTION_MARK'
        """
    )
