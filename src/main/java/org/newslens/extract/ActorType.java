package org.newslens.extract;

/** The kinds of named actors the engine reports. */
public enum ActorType { PERSON, ORGANIZATION, LOCATION }
