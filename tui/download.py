"""A response body read with a size cap: feeds and article pages share the rule.

A server may declare or send more than we will keep; reading stops at the cap instead of
filling memory, for a feed (`poller`) and an article page (`fulltext`) alike.
"""

from __future__ import annotations

import httpx


async def read_capped(
    response: httpx.Response, max_bytes: int, too_large: type[Exception]
) -> bytes:
    """The body, or `too_large` raised once the declared or the received size passes
    `max_bytes` (checked as chunks arrive, so a lying Content-Length cannot get past)."""
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)
