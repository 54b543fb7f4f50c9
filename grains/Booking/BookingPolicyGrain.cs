using Counseling.GrainInterfaces.Booking;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Counseling.Grains.Booking;

[GrainType("booking-policy"), StatelessWorker]
public sealed class BookingPolicyGrain(IOptions<BookingOptions> options) : Grain, IBookingPolicyGrain
{
    public Task<CancellationPolicy> GetCancellationPolicyAsync() => Task.FromResult(new CancellationPolicy(
        options.Value.CancellationWindow.TotalHours, options.Value.LateCancellationRefundPercent, options.Value.PlatformFeePercent));
}
