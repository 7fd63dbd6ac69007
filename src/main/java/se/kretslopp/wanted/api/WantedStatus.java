package se.kretslopp.wanted.api;

/** OPEN matches and alerts; PAUSED matches without alerts; CLOSED and EXPIRED match nothing. */
public enum WantedStatus { OPEN, PAUSED, CLOSED, EXPIRED }
