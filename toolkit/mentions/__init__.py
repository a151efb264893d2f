"""Mentions: who is in the article. Entity mentions from the spaCy parse with their repairs (``finder``), the actors
they name and a resolver from any mention to its actor (``index``), as DataFrames (``tables``)."""

from toolkit.mentions.tables import actor_types, actors, entities, resolve_mention

__all__ = ["actor_types", "actors", "entities", "resolve_mention"]
