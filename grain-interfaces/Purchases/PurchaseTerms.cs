namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The policy a client agreed to with an order, in the words printed on its receipt.</summary>
public static class PurchaseTerms
{
    public static string Of(PurchaseOrder order) => order switch
    {
        { Package: { } p } => $"{p.Sessions} credits for {p.SessionMinutes}-minute sessions with {p.CounselorName}, valid {p.ValidDays} days from purchase. Unused credits lapse at expiry; a credit from a session cancelled in time is returned.",
        { Content: { } c } => $"Lasting access to this {c.Kind.ToString().ToLowerInvariant()} for your account.",
        { Plan: { } plan } => $"{plan.Description} Renews every 30 days at {plan.MonthlyPrice.Format()} until cancelled (it then runs to the end of the paid period). Pause up to 7 days per cycle.",
        _ => "",
    };
}
