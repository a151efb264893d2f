"""The tests run with network connections blocked (pytest-socket, ``--allow-hosts`` in pyproject.toml): only this
machine's loopback is reachable, so no code path may download a model, a page or data at run time."""

import socket

import pytest
from pytest_socket import SocketConnectBlockedError

import toolkit


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_a_connection_beyond_this_machine_is_refused():
    with pytest.raises(SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never routed


def test_the_whole_analysis_runs_offline(seed):
    assert len(toolkit.quotes(seed)) and len(toolkit.actors(seed)) and "<mark" in toolkit.render.entities(seed)
