package jp.kojo.calendar.boundary;

/** Why a day other than an ordinary Saturday or Sunday is closed. */
public enum DayKind {
    /** 国民の祝日・休日: a national holiday, a substitute holiday or a citizens' holiday. */
    HOLIDAY,
    /** 金融機関休業日: the bank's own closing days, December 31 to January 3. */
    BANK_CLOSED,
    /** 臨時休業日: a closed day the bank adds. */
    EXTRA,
    /** 土曜日・日曜日: an ordinary weekend day; never listed among a year's closed days. */
    WEEKEND
}
