"""Resident ID card reader (GA/T 467 SAM over serial): codec, pyserial transport, pty simulator."""

from drivers.idcard.demo import DEMO_CARDS, start_demo_reader
from drivers.idcard.reader import IdCardReader
from drivers.idcard.sim_card import SimCard
from drivers.idcard.simulator import SimLatency, Simulator

__all__ = ["DEMO_CARDS", "IdCardReader", "SimCard", "SimLatency", "Simulator", "start_demo_reader"]
