using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Accounting;

/// <summary>The ledger side of settlement: an approved earning leaves the counselor's payable for the payout.</summary>
public static class SettlementPostings
{
    /// <summary>Keyed by the earning (appointment or content sale), so an interrupted payout resumed later posts once.</summary>
    public static LedgerTransaction Payout(Guid counselorId, SettlementItem item) =>
        new($"payout:{item.AppointmentId:N}", "payout", item.AppointmentId.ToString(),
        [
            new(LedgerAccounts.CounselorPayable(counselorId), item.Amount.Currency, -item.Amount.AmountMinor, "Settlement payout"),
            new(LedgerAccounts.Payouts, item.Amount.Currency, item.Amount.AmountMinor, null),
        ]);
}
