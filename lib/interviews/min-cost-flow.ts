// Min-cost flow by successive shortest paths (Dijkstra on reduced costs, a binary heap),
// used by the interview scheduler. Integer costs; negative costs allowed while the graph
// is acyclic at the start (Bellman-Ford gives the first potentials).

export class Flow {
  readonly head: number[];
  to: number[] = [];
  cap: number[] = [];
  cost: number[] = [];
  next: number[] = [];
  constructor(readonly n: number) {
    this.head = new Array<number>(n).fill(-1);
  }
  add(u: number, v: number, cap: number, cost: number): number {
    const e = this.to.length;
    this.push(u, v, cap, cost);
    this.push(v, u, 0, -cost);
    return e;
  }
  private push(u: number, v: number, cap: number, cost: number): void {
    this.to.push(v);
    this.cap.push(cap);
    this.cost.push(cost);
    this.next.push(this.head[u]);
    this.head[u] = this.to.length - 1;
  }

  /** Min-cost flow of any amount from s to t: augments along shortest paths while they are negative. */
  run(s: number, t: number): void {
    const { n } = this;
    // Initial potentials by Bellman-Ford: costs are negative, but the graph is acyclic at first.
    const pot = new Array<number>(n).fill(Infinity);
    pot[s] = 0;
    for (let pass = 0, changed = true; changed && pass < n; pass++) {
      changed = false;
      for (let u = 0; u < n; u++) {
        if (pot[u] === Infinity) continue;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] > 0 && pot[u] + this.cost[e] < pot[this.to[e]]) {
            pot[this.to[e]] = pot[u] + this.cost[e];
            changed = true;
          }
        }
      }
    }
    for (let u = 0; u < n; u++) if (pot[u] === Infinity) pot[u] = 0;
    const dist = new Array<number>(n);
    const prevEdge = new Array<number>(n);
    const heap = new MinHeap();
    for (;;) {
      dist.fill(Infinity);
      prevEdge.fill(-1);
      dist[s] = 0;
      heap.push(0, s);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]) continue;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          const nd = d + this.cost[e] + pot[u] - pot[v];
          if (nd < dist[v]) {
            dist[v] = nd;
            prevEdge[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (dist[t] === Infinity) return;
      for (let u = 0; u < n; u++) if (dist[u] !== Infinity) pot[u] += dist[u];
      // pot[t] - pot[s] is now the true cost of the shortest path; stop when it gains nothing.
      if (pot[t] - pot[s] >= 0) return;
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[prevEdge[v] ^ 1]) push = Math.min(push, this.cap[prevEdge[v]]);
      for (let v = t; v !== s; v = this.to[prevEdge[v] ^ 1]) {
        this.cap[prevEdge[v]] -= push;
        this.cap[prevEdge[v] ^ 1] += push;
      }
    }
  }
}

class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(k: number, v: number): void {
    const { keys, vals } = this;
    let i = keys.length;
    keys.push(k);
    vals.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= k) break;
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = k;
    vals[i] = v;
  }
  pop(): [number, number] {
    const { keys, vals } = this;
    const top: [number, number] = [keys[0], vals[0]];
    const k = keys.pop()!;
    const v = vals.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1] < keys[c]) c++;
        if (keys[c] >= k) break;
        keys[i] = keys[c];
        vals[i] = vals[c];
        i = c;
      }
      keys[i] = k;
      vals[i] = v;
    }
    return top;
  }
}
