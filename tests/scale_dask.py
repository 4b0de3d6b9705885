"""Maps classify over partitions of a JSON-lines file on a Dask
LocalCluster of 2 worker processes and writes the statements, partition by
partition, to OUT (tests/scale_out.sh then reduces them with
--from-statements). The same function runs on a multi-machine cluster:
docs/scale.md.

Usage: scale_dask.py CLASSIFY MODEL IN.jsonl OUT.jsonl"""
import subprocess
import sys

from distributed import Client, LocalCluster


def classify(lines, exe, model):
    """The map step: JSON lines of articles in, JSON lines of statements out."""
    out = subprocess.run([exe, '-m', model, '-j', '1', '-i', 'articles', '-f', 'jsonl'],
                         input=''.join(lines).encode('utf-8'), capture_output=True, check=True)
    return out.stdout.decode('utf-8')


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    exe, model, src, dst = sys.argv[1:]
    lines = open(src, encoding='utf-8').readlines()
    parts = [lines[i:i + 40] for i in range(0, len(lines), 40)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        futures = client.map(classify, parts, exe=exe, model=model)
        results = client.gather(futures)
    with open(dst, 'w', encoding='utf-8') as f:
        for r in results:
            f.write(r)


if __name__ == '__main__':
    main()
