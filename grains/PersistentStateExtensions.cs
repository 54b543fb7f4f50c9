namespace Counseling.Grains;

public static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; when the write fails, the grain's activation is dropped before the error goes on. Memory then
    /// never stays ahead of storage: the next call reads what was really stored, and a retried operation does its
    /// work again instead of trusting what this activation only believed.
    /// </summary>
    public static async Task WriteOrDeactivateAsync<TState>(this IPersistentState<TState> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
