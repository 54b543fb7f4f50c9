using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

[GrainType("appointment-book")]
public sealed class AppointmentBookGrain(
    [PersistentState("appointment-book", StorageNames.Main)] IPersistentState<AppointmentBookState> state) : Grain, IAppointmentBookGrain
{
    public async Task UpsertAsync(AppointmentSummary appointment)
    {
        if (state.State.Appointments.TryGetValue(appointment.Id, out var known) && known == appointment)
        {
            return;
        }

        state.State.Appointments[appointment.Id] = appointment;
        await state.WriteStateAsync();
    }

    public Task<AppointmentSummary[]> ListAsync() =>
        Task.FromResult(state.State.Appointments.Values.OrderBy(a => a.Start).ToArray());
}
