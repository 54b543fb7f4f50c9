namespace Counseling.GrainInterfaces.Payments;

public static class EarningSources
{
    public const string Session = "session";
    public const string Content = "content";
}
