// Where the multi-server run's processes listen; shared by its config and its spec.
const portA = Number(process.env.MULTI_PORT_A ?? 3301);
const portB = Number(process.env.MULTI_PORT_B ?? 3302);
const stubPort = Number(process.env.MULTI_STUB_PORT ?? 3303);

export const MULTI = {
  portA,
  portB,
  stubPort,
  serverA: `http://localhost:${portA}`, // never 127.0.0.1: the session cookie would land on the wrong host
  serverB: `http://localhost:${portB}`,
  stub: `http://127.0.0.1:${stubPort}`,
};
