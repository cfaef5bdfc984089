import pytest
from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.django_db


def test_health_reports_each_service_as_json(client):
    response = client.get("/health/")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker"}
    assert body["checks"]["database"] == {"status": "ok", "backend": connection.vendor}
    if settings.REDIS_URL:
        assert body["checks"]["cache"]["backend"] == "RedisCache"
    else:
        assert body["checks"]["broker"]["backend"] == "eager"


def test_health_is_503_and_names_the_failing_service(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
    response = client.get("/health/")
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "error"
    assert body["checks"]["cache"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"
    assert "127.0.0.1" not in response.content.decode()
