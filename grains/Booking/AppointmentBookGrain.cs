using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

[GrainType("appointment-book")]
public sealed class AppointmentBookGrain(
    [PersistentState("appointment-book", StorageNames.Main)] IPersistentState<AppointmentBookState> state) : Grain, IAppointmentBookGrain
{
    public async Task UpsertAsync(AppointmentSummary appointment)
    {
        var record = AppointmentRecord.From(appointment);
        if (state.State.Appointments.TryGetValue(appointment.Id, out var known) && known == record)
        {
            return;
        }

        state.State.Appointments[appointment.Id] = record;
        await state.WriteStateAsync();
    }

    public Task<AppointmentSummary[]> ListAsync() =>
        Task.FromResult(state.State.Appointments.Values.OrderBy(a => a.Start).Select(a => a.ToSummary()).ToArray());

    public async Task SetCalendarFeedTokenHashAsync(string? tokenHash)
    {
        state.State.CalendarFeedTokenHash = tokenHash;
        await state.WriteStateAsync();
    }

    public Task<bool> IsCalendarFeedTokenAsync(string tokenHash) =>
        Task.FromResult(state.State.CalendarFeedTokenHash is { } current &&
                        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                            System.Text.Encoding.ASCII.GetBytes(current), System.Text.Encoding.ASCII.GetBytes(tokenHash)));
}
