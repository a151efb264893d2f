"""The dashboard: figures for given settings, controls that round-trip, refresh in place."""

from toolkit.widgets import Settings, controls_for, explore, figures, refresh, settings_from


def count(fig) -> int:
    return sum(len(t.text) for t in fig.data if t.mode == "markers+text")


def test_dashboard_callbacks(seed):
    wide = figures(seed, settings=Settings(top=20))
    narrow = figures(seed, settings=Settings(top=3))
    assert count(narrow["network"]) < count(wide["network"])
    only_people = figures(seed, settings=Settings(types=("person",), window="paragraph"))
    assert {t.name for t in only_people["network"].data if t.mode == "markers+text"} == {"person"}


def test_controls_round_trip_and_refresh_in_place(seed):
    settings = Settings(types=("person", "organization"), window="paragraph", min_weight=2, top=5, cloud="tags", seed=3)
    controls = controls_for(settings)
    assert settings_from(controls, seed=3) == settings
    box = explore(seed)
    network_widget = box.children[1].children[0]
    before = network_widget.to_json()
    refresh({"network": network_widget, "matrix": box.children[1].children[1], "cloud": box.children[2]},
            seed, Settings(top=2))
    assert network_widget.to_json() != before
