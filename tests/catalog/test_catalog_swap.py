"""A refreshed catalog is swapped in between sessions, never under a citizen's feet."""

from __future__ import annotations

from kiosk.service_view import NoServices, SwappableServices


class Named(NoServices):
    def __init__(self, name: str) -> None:
        self.name = name

    def categories(self) -> list[str]:
        return [self.name]


def test_the_first_catalog_goes_in_at_once_even_during_a_session():
    services = SwappableServices(in_session=lambda: True)
    assert services.offer(Named("first"))
    assert services.categories() == ["first"]


def test_a_catalog_arriving_mid_session_waits_for_the_wipe():
    in_session = [False]
    services = SwappableServices(in_session=lambda: in_session[0])
    services.offer(Named("old"), "v1")
    in_session[0] = True
    assert not services.offer(Named("new"), "v2")
    assert services.categories() == ["old"] and services.waiting and services.label == "v1"
    in_session[0] = False
    services.between_sessions()
    assert services.categories() == ["new"] and not services.waiting and services.label == "v2"


def test_only_the_latest_waiting_catalog_is_swapped_in():
    services = SwappableServices(in_session=lambda: True)
    services.offer(Named("old"))
    services.offer(Named("newer"))
    services.offer(Named("newest"))
    services.between_sessions()
    assert services.categories() == ["newest"]
    version = services.version
    services.between_sessions()  # nothing waiting: no swap, no needless re-render
    assert services.version == version
