package org.caseflow.measure;

import java.time.LocalDate;

/**
 * A child on an exception list, with the ages and dates that put them there. Child-level: shown
 * only to roles allowed to see children.
 *
 * @param childId the council's child id
 * @param team the allocated team, or null when no return or extract holds it
 * @param worker the allocated worker, or null
 * @param age the child's age in whole years on the reference date, or null when no birth date
 * @param start the date that started the clock (see the list's labels), or null
 * @param last the latest visit, review or contact, or null
 * @param due when it was due, or null
 * @param days the number of days the list counts (overdue, open, since), or null
 * @param detail the list's detail (category, case status, accommodation), or null
 */
public record ExceptionRow(
    String childId,
    String team,
    String worker,
    Integer age,
    LocalDate start,
    LocalDate last,
    LocalDate due,
    Integer days,
    String detail) {}
