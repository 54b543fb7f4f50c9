using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Payments;

namespace Counseling.Grains.Accounting;

/// <summary>
/// How the ledger reads to the person whose statement it is: one entry per transaction, never per ledger line, so a
/// payment that passes through the client's funds on its way to a membership or a course is one payment, not two
/// lines that cancel out. Which way money went is read from the other side of the transaction: the provider's
/// clearing account stands for the client's card (money into the platform is a payment, out of it a refund); package
/// credits and the membership pool mean a session was paid for without new money. The words are the memos the
/// postings wrote on the owner's own lines; the other side's memos are provider references and credit ids, which are
/// never shown.
/// </summary>
public static class PersonalStatement
{
    public static StatementPage Page(Guid owner, RecordedTransaction[] transactions, int limit) =>
        new([.. transactions.Select(t => Entry(owner, t)).OfType<StatementEntry>()],
            transactions.Length == limit ? transactions[^1].EntryId : null);

    /// <summary>The entry one transaction makes on the owner's statement; null when it does not touch their accounts.</summary>
    public static StatementEntry? Entry(Guid owner, RecordedTransaction transaction)
    {
        var mine = transaction.Lines.Where(l => LedgerOwners.Of(l.Account) == owner).ToArray();
        if (mine.Length == 0)
        {
            return null;
        }

        var currency = mine[0].Currency;
        StatementEntry Make(string kind, string description, long amount) =>
            new(transaction.EntryId, transaction.At, kind, description, new Money(amount, currency));

        var payable = Sum(mine, LedgerAccounts.CounselorPayable(owner));
        if (payable != 0)
        {
            return payable > 0
                ? Make(StatementEntryKinds.Earning, Words(mine, LedgerAccounts.CounselorPayable(owner)) ?? "Earning", payable)
                : Make(StatementEntryKinds.Payout, "Paid out to your bank account", -payable);
        }

        var what = Words(mine, LedgerAccounts.ClientFunds(owner)) ?? Words(mine, LedgerAccounts.ClientCredits(owner)) ?? "Payment";
        var card = Sum(transaction.Lines, LedgerAccounts.ProviderClearing);
        if (card != 0)
        {
            // Clearing fills as the provider collects: its lines carry the client's side of the card already.
            return card < 0 ? Make(StatementEntryKinds.Payment, what, -card) : Make(StatementEntryKinds.Refund, what, card);
        }

        var funds = Sum(mine, LedgerAccounts.ClientFunds(owner));
        var credits = Sum(mine, LedgerAccounts.ClientCredits(owner));
        var pool = Sum(transaction.Lines, LedgerAccounts.Memberships);
        return (funds, credits, pool) switch
        {
            ( > 0, < 0, _) => Make(StatementEntryKinds.CreditUsed, what, funds),
            ( < 0, > 0, _) => Make(StatementEntryKinds.CreditReturned, what, -funds),
            ( > 0, _, < 0) => Make(StatementEntryKinds.MembershipSession, what, funds),
            ( < 0, _, > 0) => Make(StatementEntryKinds.MembershipSessionReturned, what, -funds),
            ( < 0, _, _) => Make(StatementEntryKinds.SessionSettled, what, -funds), // a member discount also leaves the pool
            (0, < 0, _) => Make(StatementEntryKinds.CreditsExpired, what, -credits),
            _ => Make(StatementEntryKinds.Other, what, Math.Abs(mine.Sum(l => l.AmountMinor))),
        };
    }

    private static long Sum(IEnumerable<LedgerLine> lines, string account) =>
        lines.Where(l => l.Account == account).Sum(l => l.AmountMinor);

    /// <summary>
    /// The memo of the owner's last line on an account: in a pass-through ("Paid: X" in, "X" out) the line that spends
    /// names what was bought.
    /// </summary>
    private static string? Words(IEnumerable<LedgerLine> mine, string account) =>
        mine.LastOrDefault(l => l.Account == account && !string.IsNullOrWhiteSpace(l.Memo))?.Memo;
}
