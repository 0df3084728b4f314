namespace Extractor.Classification.Linear;

/// <summary>
/// Limited-memory BFGS with a backtracking Armijo line search (Nocedal &amp; Wright, Numerical Optimization, 2nd ed.,
/// algorithms 7.4 and 7.5). Single-threaded and allocation-stable, so the same input always gives the same result.
/// </summary>
internal static class Lbfgs
{
    /// <summary>Minimises <paramref name="evaluate"/> from <paramref name="x"/> (updated in place); returns the iterations used.</summary>
    public static int Minimize(Func<double[], double[], double> evaluate, double[] x, int maxIterations, double gradientTolerance, int history)
    {
        var n = x.Length;
        var g = new double[n];
        var f = evaluate(x, g);
        var xNew = new double[n];
        var gNew = new double[n];
        var d = new double[n];
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var alpha = new double[history];
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            var gNorm = Math.Sqrt(Dot(g, g));
            if (gNorm < gradientTolerance) break;

            // Two-loop recursion: d = -H·g.
            Array.Copy(g, d, n);
            for (var i = s.Count - 1; i >= 0; i--)
            {
                alpha[i] = rho[i] * Dot(s[i], d);
                Axpy(-alpha[i], y[i], d);
            }

            var gamma = s.Count > 0 ? Dot(s[^1], y[^1]) / Dot(y[^1], y[^1]) : 1 / gNorm;
            for (var p = 0; p < n; p++) d[p] *= gamma;
            for (var i = 0; i < s.Count; i++)
            {
                var beta = rho[i] * Dot(y[i], d);
                Axpy(alpha[i] - beta, s[i], d);
            }

            for (var p = 0; p < n; p++) d[p] = -d[p];
            var slope = Dot(d, g);
            if (slope >= 0)
            {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                s.Clear();
                y.Clear();
                rho.Clear();
                for (var p = 0; p < n; p++) d[p] = -g[p] / gNorm;
                slope = Dot(d, g);
            }

            var step = 1.0;
            double fNew;
            var tries = 0;
            while (true)
            {
                for (var p = 0; p < n; p++) xNew[p] = x[p] + step * d[p];
                fNew = evaluate(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope || ++tries >= 40) break;
                step *= 0.5;
            }

            if (fNew > f) break;
            var sk = new double[n];
            var yk = new double[n];
            for (var p = 0; p < n; p++)
            {
                sk[p] = xNew[p] - x[p];
                yk[p] = gNew[p] - g[p];
            }

            var sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                if (s.Count == history)
                {
                    s.RemoveAt(0);
                    y.RemoveAt(0);
                    rho.RemoveAt(0);
                }

                s.Add(sk);
                y.Add(yk);
                rho.Add(1 / sy);
            }

            var converged = Math.Abs(f - fNew) <= 1e-10 * Math.Max(1, Math.Abs(f));
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            f = fNew;
            if (converged) break;
        }

        return iteration;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}
