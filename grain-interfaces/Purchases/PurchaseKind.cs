namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.PurchaseKind")]
public enum PurchaseKind
{
    Package,
    Membership,

    /// <summary>Paid content (a course, article or seminar): an entitlement.</summary>
    Content,
}
