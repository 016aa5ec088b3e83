package org.reformhub.appeals.appeal.domain;

/** How an appeal reached the city: online by the enterprise, or filed by staff from the 12345 hotline, a session or a letter. */
public enum Channel {
    ONLINE,
    HOTLINE_12345,
    FACE_TO_FACE_SESSION,
    LETTER
}
