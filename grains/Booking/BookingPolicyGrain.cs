using Counseling.Grains.Accounting;
using Counseling.GrainInterfaces.Booking;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Counseling.Grains.Booking;

[GrainType("booking-policy"), StatelessWorker]
public sealed class BookingPolicyGrain(IOptions<BookingOptions> options, IOptions<FeeOptions> fees) : Grain, IBookingPolicyGrain
{
    public Task<CancellationPolicy> GetCancellationPolicyAsync() => Task.FromResult(new CancellationPolicy(
        options.Value.CancellationWindow.TotalHours, fees.Value.LateCancellationRefundPercent, fees.Value.PlatformFeePercent));
}
