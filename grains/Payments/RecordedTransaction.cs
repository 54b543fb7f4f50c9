using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

/// <summary>
/// A transaction as the ledger holds it, with every line (the owner's and the other side's), so that a statement can
/// say where the owner's money came from or went to. <see cref="EntryId"/> is the owner's first entry in it:
/// statements are paged at it.
/// </summary>
public sealed record RecordedTransaction(long EntryId, string Kind, string? Reference, DateTimeOffset At, LedgerLine[] Lines);
