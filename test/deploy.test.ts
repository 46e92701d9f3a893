/**
 * deploy/: every Kubernetes manifest validates against the Kubernetes JSON schemas (the kubernetes-models
 * package ships them compiled; nothing is fetched), and the Deployment keeps the promises the README makes.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { Service } from 'kubernetes-models/v1/Service'
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget'
import { ROOT } from './helpers.js'

const DEPLOY = join(ROOT, 'deploy')
const MODELS: Record<string, new (data: never) => { validate: () => void }> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget
}

interface Manifest { apiVersion: string, kind: string, [key: string]: unknown }

function load (file: string): Manifest[] {
  return parseAllDocuments(readFileSync(join(DEPLOY, file), 'utf8')).map(d => d.toJS() as Manifest)
}

function validate (m: Manifest): void {
  const Model = MODELS[`${m.apiVersion}/${m.kind}`]
  if (Model === undefined) throw new Error(`no schema for ${m.apiVersion} ${m.kind}`)
  new Model(m as never).validate()
}

const kustomization = load('kustomization.yaml')[0] as Manifest & { resources: string[] }
const manifests = kustomization.resources.flatMap(load)

t.test('every manifest validates against its Kubernetes schema, and the kustomization lists every file', async t => {
  const files = readdirSync(DEPLOY).filter(f => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort()
  t.same([...kustomization.resources].sort(), files)
  t.same(manifests.map(m => m.kind).sort(), ['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service'])
  for (const m of manifests) t.doesNotThrow(() => validate(m), `${m.kind} is valid`)
})

t.test('the schemas are really checked: broken manifests fail', async t => {
  const deployment = manifests.find(m => m.kind === 'Deployment')!
  const broken = structuredClone(deployment) as Manifest & { spec: { replicas: unknown } }
  broken.spec.replicas = 'two'
  t.throws(() => validate(broken))
  const noSelector = structuredClone(deployment) as Manifest & { spec: Record<string, unknown> }
  delete noSelector.spec.selector
  t.throws(() => validate(noSelector))
})

t.test('the Deployment: probes, workers = CPU limit, non-root, read-only root, grace period over the deadline', async t => {
  const d = manifests.find(m => m.kind === 'Deployment') as unknown as {
    spec: { template: { spec: {
      terminationGracePeriodSeconds: number
      securityContext: { runAsNonRoot: boolean }
      containers: Array<{
        env: Array<{ name: string, value: string }>
        resources: { limits: { cpu: string, memory: string }, requests: { cpu: string, memory: string } }
        securityContext: { readOnlyRootFilesystem: boolean }
        livenessProbe: { httpGet: { path: string } }
        readinessProbe: { httpGet: { path: string } }
      }>
    } } }
  }
  const pod = d.spec.template.spec
  const c = pod.containers[0]
  const env = new Map(c.env.map(e => [e.name, e.value]))
  t.equal(c.livenessProbe.httpGet.path, '/healthz')
  t.equal(c.readinessProbe.httpGet.path, '/readyz')
  t.equal(Number(env.get('WORKERS')), Number(c.resources.limits.cpu))
  t.equal(pod.securityContext.runAsNonRoot, true)
  t.equal(c.securityContext.readOnlyRootFilesystem, true)
  const deadlineS = Number(env.get('PAGE_DEADLINE_MS')) / 1000
  const delayS = Number(env.get('SHUTDOWN_DELAY_MS')) / 1000
  t.ok(pod.terminationGracePeriodSeconds > deadlineS + delayS)
  t.ok(c.resources.requests.memory !== undefined && c.resources.limits.memory !== undefined)
  // README, Configuration: WORKERS x (WORKER_MAX_HEAP_MB + WORKER_YOUNG_GEN_MB) + 200 MB under the memory limit
  const mib = (q: string): number => Number(/^(\d+)Mi$/.exec(q)?.[1] ?? Number(/^(\d+)Gi$/.exec(q)?.[1]) * 1024)
  const perWorker = Number(env.get('WORKER_MAX_HEAP_MB')) + Number(env.get('WORKER_YOUNG_GEN_MB'))
  t.ok(Number(env.get('WORKERS')) * perWorker + 200 <= mib(c.resources.limits.memory), 'the workers fit the limit')
})
