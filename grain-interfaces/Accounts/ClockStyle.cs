namespace Counseling.GrainInterfaces.Accounts;

/// <summary>How a person reads times: as their locale does, or always 12-hour ("3:30 PM") or 24-hour ("15:30").</summary>
public enum ClockStyle
{
    Auto,
    TwelveHour,
    TwentyFourHour,
}
