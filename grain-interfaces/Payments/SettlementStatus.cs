namespace Counseling.GrainInterfaces.Payments;

[GenerateSerializer, Alias("Counseling.SettlementStatus")]
public enum SettlementStatus
{
    Pending = 0,
    Approved = 1,
    Paid = 2,
    Rejected = 3,
}
