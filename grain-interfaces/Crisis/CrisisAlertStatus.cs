namespace Counseling.GrainInterfaces.Crisis;

/// <summary>Open until someone acknowledges it with what they did; resolved when the situation is closed.</summary>
public enum CrisisAlertStatus
{
    Open = 0,
    Acknowledged = 1,
    Resolved = 2,
}
