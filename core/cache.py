"""A Redis cache that the portal can live without.

The cache only spares work (Wagtail's site root paths, the glossary's term lists,
allauth's rate limits): everything it holds can be computed again. Django's
``RedisCache`` raises when Redis cannot be reached, which would turn every page
into a server error while Redis restarts. This one logs the failure and answers
as an empty cache that forgets at once would: a read is a miss, a write or a delete
does nothing, an ``add`` succeeds (allauth's rate limits let people through rather
than lock everyone out until Redis is back). The
``/health/`` check still reports the cache as failing (what it wrote is not there
to read back). A write or a delete lost that way leaves an entry that Redis kept
through the outage as it was, until it expires or is next replaced (the glossary's
term lists live a day at most).
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Errors that say Redis is out of reach (down, restarting, still loading its data).
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# While Redis is down every request meets the failure: say so once a minute per process.
WARN_EVERY = 60.0


class RedisCache(DjangoRedisCache):
    """Django's Redis cache, treating an unreachable Redis as an empty cache."""

    _last_warning = 0.0

    def _unreachable(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        if now - RedisCache._last_warning >= WARN_EVERY:
            RedisCache._last_warning = now
            logger.warning(
                "The cache is unreachable (%s during %s); pages go on without it.",
                type(error).__name__,
                operation,
            )
        else:
            logger.debug("The cache is unreachable (%s during %s).", error, operation)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNREACHABLE as error:
            self._unreachable("get", error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNREACHABLE as error:
            self._unreachable("get_many", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNREACHABLE as error:
            self._unreachable("has_key", error)
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("add", error)
            # An empty cache takes the key. allauth's rate limits take a lock with
            # ``add``: refusing it would refuse every sign-in while Redis is down.
            return True

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("set", error)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("set_many", error)
            return list(data)  # the keys that were not stored

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("touch", error)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            self._unreachable("incr", error)
            # What Django's caches raise for a key they do not hold.
            raise ValueError(f"Key '{key}' not found") from error

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNREACHABLE as error:
            self._unreachable("delete", error)
            return False

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except UNREACHABLE as error:
            self._unreachable("delete_many", error)

    def clear(self):
        try:
            return super().clear()
        except UNREACHABLE as error:
            self._unreachable("clear", error)
            return False
