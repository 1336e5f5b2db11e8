package jp.kojo.reminder.boundary;

/** What one run of the reminders did: mails sent and organisations reminded. */
public record ReminderRun(int mails, int organizations) {
}
