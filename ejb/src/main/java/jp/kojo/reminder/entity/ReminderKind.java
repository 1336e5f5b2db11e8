package jp.kojo.reminder.entity;

/** Kinds of reminder; each is sent at most once per organisation and cycle. */
public enum ReminderKind {
    /** 送信期限の3営業日前: the organisation has not sent its results yet. */
    CUT_OFF
}
