using System.Runtime.InteropServices;

namespace Extractor.Classification.Linear;

/// <summary>
/// Sums values by feature index for one text, remembering the order indices were first touched: an open-addressing table
/// sized to the text's few thousand features rather than to the 2^18 feature space, so it stays in cache, and reusable
/// (<see cref="Clear"/> resets only what was touched). Not thread-safe: one per thread.
/// </summary>
internal sealed class SparseAccumulator
{
    private int[] _keys = [];
    private double[] _values = [];
    private readonly List<int> _slots = [];
    private readonly List<int> _touched = [];
    private int _mask;
    private int _shift;

    public SparseAccumulator(int capacity = 4096) => Resize(capacity);

    /// <summary>The indices touched since the last <see cref="Clear"/>, in the order first touched.</summary>
    public ReadOnlySpan<int> Touched => CollectionsMarshal.AsSpan(_touched);

    /// <summary>The sum at each touched index, in the order of <see cref="Touched"/>.</summary>
    public double ValueAt(int touchedPosition) => _values[_slots[touchedPosition]];

    /// <summary>Adds <paramref name="value"/> at <paramref name="index"/> (≥ 0); sums come out the same whenever values are added in the same order.</summary>
    public void Add(int index, double value)
    {
        // At most half full, so probes stay short.
        if (_touched.Count * 2 >= _keys.Length) Grow();
        // Fibonacci hashing: the top bits of the product spread neighbouring indices over the table.
        var slot = (int)((uint)index * 2654435769u >> _shift);
        while (_keys[slot] != index)
        {
            if (_keys[slot] < 0)
            {
                _keys[slot] = index;
                _slots.Add(slot);
                _touched.Add(index);
                break;
            }

            slot = (slot + 1) & _mask;
        }

        _values[slot] += value;
    }

    public void Clear()
    {
        foreach (var slot in _slots)
        {
            _keys[slot] = -1;
            _values[slot] = 0;
        }

        _slots.Clear();
        _touched.Clear();
    }

    /// <summary>The nonzero sums in the order their indices were first touched; then clears.</summary>
    public SparseVector ToVectorAndClear()
    {
        var kept = 0;
        for (var i = 0; i < _touched.Count; i++)
            if (_values[_slots[i]] != 0) kept++;
        var indices = new int[kept];
        var values = new double[kept];
        kept = 0;
        for (var i = 0; i < _touched.Count; i++)
        {
            var value = _values[_slots[i]];
            if (value == 0) continue;
            indices[kept] = _touched[i];
            values[kept++] = value;
        }

        Clear();
        return SparseVector.Unchecked(indices, values);
    }

    private void Grow()
    {
        var touched = _touched.ToArray();
        var sums = Enumerable.Range(0, touched.Length).Select(ValueAt).ToArray();
        Resize(_keys.Length * 2);
        _slots.Clear();
        _touched.Clear();
        for (var i = 0; i < touched.Length; i++) Add(touched[i], sums[i]);
    }

    private void Resize(int capacity)
    {
        var size = 16;
        var bits = 4;
        for (; size < capacity; size *= 2) bits++;
        _shift = 32 - bits;
        _keys = new int[size];
        Array.Fill(_keys, -1);
        _values = new double[size];
        _mask = size - 1;
    }
}
