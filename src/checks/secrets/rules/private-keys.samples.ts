// True- and false-positive samples of the private key rules (private-keys.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const PRIVATE_KEYS_SAMPLES: RuleSamples = {
  'age-secret-key': {
    tp: ['  "ageIdentity": "AGE-SECRET-KEY-1VCQ2CWMLDVYEDF0MHC0N7966DCWAZH8A57NN3WYVAD4QZPK0JZDG5CFS5V",'],
    // too short for the format
    fp: ['  "ageIdentity": "AGE-SECRET-KEY-1VCQ2CWMLDVYEDF0MHC0N7",'],
  },
  'private-key-rsa': {
    tp: [
      '-----BEGIN RSA PRIVATE KEY-----\nVZo1/0x7w/7C/Y6NziZtgHfuqbD0cUv6WzoGL7/dD9kDgj5jPmLoZVrySLh+Dye8\nJ8og91QldOkh03lTeTMAOgqmWu3WtauskoyhvlpD/zzvvss5VmlCzIqrH4BvHC74\nHuLKr84V2sHgZ2FOvZs73bJrZoOOgbNA7XPyP73cwGgGJItkMsxwxbccimAqkbgg\nEeJfEAvmqQmjbDrEW7IInRSTBkP+al5rlP1S1MkyHXzSg1KPJ1KRzjrBQCQsJsTL\nO5tEED8DUs73f1c3x/PaolAtnUB2nUboVtNbKYhpQZfY46TTaIiCgbo8iD4Al3UC\ndlotogeUb4KZyZl8zsXj+/+NGO80AmXv+kpPKUI8sRday4DRP3JYO9XBlZvNOBhA\nMFu2vsERS+AvC0/ja0EWtm/CxP6c4z76BttlcL8Br9KWzb1Bvq0s1aAcKKo4I210\nyJa6iW4MNb32XzEhpDfqggVuVnvmpQ9pCbt3BehoF6pLS4H9zKHFrDS1fhRKH9ex\nSDGifzeAaopGXnE9ni6a30DwoA2+S6LLUC6Q3cL6kXt+kPfk+UBXdNYujKAZrQ9H\nyGOByoJPNsS4OG+4++Zkk4xrb6JfznC/YVZqiFJcRbPOzsQyG9J87rzpuEBZ5EML\n1KxNwGH9PXEjlP40XLWfu3rRvyyCIoqNshGy6uh00QkWJd9CVjVAPo8dnWMry+4D\n/IPrmgUicvQhtyHEeur9yuE7rf9zQcM8LAzN0SczaxhM/4S7WmA5uW5ZHrPmb+Yq\njbPxbiBCFm49f+27x9HRRs0QCJbPoo5sDtPoV0l27hwTwViMUkMEAAIM6gc9xA4U\nSCuttqFPS/wGoTrPYBsZqXg+y8dWWmXWNeQsJHSAPw4zDYlq+JLaVVMFthbx/1zY\nbZomoGA/srCse75hwA1yYbEV0jP0eMLMOLh1HhW4qtO5L9hypg8hW7tJYEhDcD1z\nFD1n30ryW61tPgc51PIb+gDQ68nnE/E7P4+ChPjzMhQeA24568L0rKosMaD3N5mF\n5w0HGb7uWTgkqK//R+aplEn/eaRGyyRJcQMdj3cOtfQYbClRUupZCA4RnYSjW5Hq\nn1IBLEXaDYDjdkorGZbAc5zFqP27j9Ioq+iaLZPOxmZpkRWG3aFtN1Nzi1r37D3d\n/ZIv1GOadzrA5V4rCX5SvUqHG52Mp0HaIA1TabQvrrfm5YFRNt1STrmH5YxBL29f\nOQxH+IQ+40AMWsX+wfjczuxTHTyk4yU/Uth3xSmx6eZagWVh0iPOZs3/TbozgWsO\n2E14NCq7fuPEYds46sF2EAskdCUR4SV7VXn37dt+MK4i9hUwZNx2Oj9ovTcOVyBe\noQN3PECklj+i1gdE/AMUYIHWGFhdTFKO8lTMGFv14Dn3UFOCpdt176MDs9T+k8r3\nQlPcJ46ZEN0j2K8HCu12jj8ifIewBoqMQtPYegG2VFrASoOOcdOtCQ3TSLcytgxL\nqNSMv5YM0YtYpegCwgO7jgCSBpURSHOZWNFAsVO17gm2t6tKMBYXXGUf7EJ3BfNJ\n3Ca97r1f3F0sf1lRFnA9eMrO22E3KNors3mtxpxYc08HTQflqps=\n-----END RSA PRIVATE KEY-----',
    ],
    // too short for the format
    fp: [
      '-----BEGIN RSA PRIVATE KEY-----\nVZo1/0x7w/7C/Y6NziZtgHfuqbD0cUv6WzoGL7/dD9kDgj5jPmLoZVrySLh+Dye8\nJ8og91QldOkh03lTeTMAOgqmWu3WtauskoyhvlpD/zzvvss5VmlCzIqrH4BvHC74\nHuLKr84V2sHgZ2FOvZs73bJrZoOOgbNA7XPyP73cwGgGJItkMsxwxbccimAqkbgg\nEeJfEAvmqQmjbDrEW7IInRSTBkP+al5rlP1S1MkyHXzSg1KPJ1KRzjrBQCQsJsTL\nO5tEED8DUs73f1c3x/PaolAtnUB2nUboVtNbKYhpQZfY46TTaIiCgbo8iD4Al3UC\ndlotogeUb4KZyZl8zsXj+/+NGO80AmXv+kpPKUI8sRday4DRP3JYO9XBlZvNOBhA\nMFu2vsERS+AvC0/ja0EWtm/CxP6c4z76BttlcL8Br9KWzb1Bvq0s1aAcKKo4I210\nyJa6iW4MNb32XzEhpDfqggVuVnvmpQ9pCbt3BehoF6pLS4H9zKHFrDS1fhRKH9ex\nSDGifzeAaopGXnE9ni6a30DwoA2+S6LLUC6Q3cL6kXt+kPfk+UBXdNYujKAZrQ9H\nyGOByoJPNsS4OG+4++Zkk4xrb6JfznC/YVZqiFJcRbPOzsQyG9J87rzpuEBZ5EML\n1KxNwGH9PXEjlP40XLWfu3rRvyyCIoqNshGy6uh00QkWJd9CVjVAPo8dnWMry+4D\n/IPrmgUicvQhtyHEeur9yuE7rf9zQcM8LAzN0SczaxhM/4S7WmA5uW5ZHrPmb+Yq\njbPxbiBCFm49f+27x9HRRs0QC',
    ],
  },
  'private-key-ec': {
    tp: [
      '-----BEGIN EC PRIVATE KEY-----\n7sBPp0MTV/IPRMTANOCQUuPWekOqiL05IYibMKISEao9pPRx0hDSLFjhCK29bZFo\njv/GQOFYdch8qZrC5ZegVDS/aSThhqVWcABi0PiBFVEf6BeSBXrSxZJx+/ASiXaE\nmsXv7/+YnQIdM77o8YiofQVD4kVIczwBZw==\n-----END EC PRIVATE KEY-----',
    ],
    // too short for the format
    fp: ['-----BEGIN EC PRIVATE KEY-----\n7sBPp0MTV/IPRMTANOCQUuPWekOqiL05IYibMKISEao9pPRx0hDSLFjhCK29bZFo\njv/GQOFYdch8qZrC5'],
  },
  'private-key-dsa': {
    tp: [
      '-----BEGIN DSA PRIVATE KEY-----\nFdRhuYJurYTwu5iQPuwXOy+gb7siE528mGj3HaTWEn997J2DHR8HDx+uARx4Ho3b\nVGaNhhq70FpjikUHW0vA/jNe4VBP/D8zpHWe51XMGTlPvgkIbFnzpx7K3zTCI3ci\n3t/SwYsH7i0gxXm4R9In5klIgTNm18vt7tUyuYy+ud00z1Jn/H4xLPoGipgB3MpK\nfErL5Qwfst/6yrFuD5tH2eKD0erfobBsCg5p5CMJJhvUKKph1jRSgz3Qay4qHGXV\nqlrILdqHLiipSP3b4Zvuz2Tz3BilVyYGo7iVCSblhGQBSuioHIQ7StAyCUN7w2LW\nmHRN4GuczTgNS5GP8dguXOYytiO1TgoCW4zSbDCfFYxX2OsSo+gDY0J/lZAAoCZ1\nItMF6zEznwiJ7XJoY4mziv3oa5DMXzLVQsNXDvr8fntlFibFhiMPTS77ASftOj6v\nh4FSFg4+wfgVRHXHn85UkgtgwKbx7t5vTNYLx8R16GR+3scSoxo7vMBiXG5z2tZU\nPF9Qd0VlTXqGYOCKEZ01QSz798ispk0MprcyF9oxE5RYtJm4Jb9x2c2uGZtb+NCJ\nPwmIQUCWfWiFNi0=\n-----END DSA PRIVATE KEY-----',
    ],
    // too short for the format
    fp: [
      '-----BEGIN DSA PRIVATE KEY-----\nFdRhuYJurYTwu5iQPuwXOy+gb7siE528mGj3HaTWEn997J2DHR8HDx+uARx4Ho3b\nVGaNhhq70FpjikUHW0vA/jNe4VBP/D8zpHWe51XMGTlPvgkIbFnzpx7K3zTCI3ci\n3t/SwYsH7i0gxXm4R9In5klIgTNm18vt7tUyuYy+ud00z1Jn/H4xLPoGipgB3MpK\nfErL5Qwfst/6yrFuD5tH2eKD0erfobBsCg5p5CMJJhvUKKph1jRSgz3Qay4qHGXV\nqlrILdqHLiipSP3b4Zvuz2Tz3BilVyYGo7iVCSb',
    ],
  },
  'private-key-openssh': {
    tp: [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nlnecTyBSIYlppbSCPLFUEAacRnyQhI1++mnrUWjyZihzbkSQG1d3/RdPSWFTXa9l\n6LqIjtBXZWK1GLGKqt5UQeGi467GLFILaHYU750oFxxcZBx0t35nnx3r0IayNudt\nLMO1hSJl27A2a98AD85gIYxbYIjgRt67ookJim/6KQ2RPWPNVM3mBfRKrC6kB/MQ\n9KZyqxifq3c31EK6wpCObkFUy0N+vIxXnnaImq87JFMjD2qAgFvYpuu54oRJpYKj\nEYF0ZG51MpDvhFaBt88ClpmJ7sII82G2+k+FtvHBLJeDveDylqrs01asu8KtXN/A\nWXGkWyng9sNsR928IBKXgaUqRyKlmqRb9NTeN2Nob1bs+7D/ZbZUHG4bVAajVq7w\nMN2QnLcHyCnENvLI\n-----END OPENSSH PRIVATE KEY-----',
    ],
    // too short for the format
    fp: [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nlnecTyBSIYlppbSCPLFUEAacRnyQhI1++mnrUWjyZihzbkSQG1d3/RdPSWFTXa9l\n6LqIjtBXZWK1GLGKqt5UQeGi467GLFILaHYU750oFxxcZBx0t35nnx3r0IayNudt\nLMO1hSJl27A2a98AD85gIYxbYIjgRt67ookJim/6KQ2RPWPNVM3mBfRKrC6kB/MQ\n9KZyqxi',
    ],
  },
  'private-key-pkcs8': {
    tp: [
      '-----BEGIN PRIVATE KEY-----\nMHJl0YwQNB9TvzjL41suhYQD/OZBN3k7ea0Qs5QWjxvhTUyvuOnT56xrWDzpYh5W\nvze8jg1nYjt39gYU1w0heoQFMZv5NnF+hOhmiQTYXgRM/4R9Izj5fCL/wLQws1NM\nLpOwK0lIXHBa5AsrWajEHW2Yrm+I5pzNHrpsZ94aIH0n6tp0om79VszJ3FWsCDR4\nBLu0TH2qBBG30UEE5RjaIfO4/Q5UOi9fJPHj0Nc2c19uTqMa4+UGr9269nIJP1v1\nAKmVGhXwhSvkylt1SeMLeUMRwclbaewHuC0KKJVEO8NEEMyB8AeET5aZMKVR+Qq8\nw+3oFCuRtHLaB16W+DkIAnY0Xp+6wvAMRXXoZuooaZVmtXlx2fIYcF97DaSmIEuw\nW80Uzt8vyRKsrC0FZLVge1a2OaCs1fUKsA21uK8ny98KjsRGbaJ0qd/DreSX0Cwn\nvOSq4c+cCOJBb/jeT1LmbVz/QNoQakCECU2p8sUWExGdKe+bOrypZUuZPyWxuXoK\nmKSHbb9YQxx6nOK/R6PpRc0Bi9nM397HwzhZ17UR5cXMOPMKwl9DqYHcF/GxLLyf\nL+rlzn2JeCdkU9lx5vY1LCaq+L6vc6/eeOYwx4kuIoBMPXqIpykDGdrbVGV0iJn0\nt4EObr8GPRdvNuuusaTzFjwdRcg9tP7Qg4UGiD4q02gwrUbOmNtygVmXRRS2qE9Z\nIJT3ZxVuYbKIU35wWxa69Ej1hX+XK7yulKs+4qNVxlVC08I2iMLGZBDYW2KPzzsh\nCD67zuaAkWsbMPQSh6KCzdONV+Bia4WC/aqy1JNRGhoTYek3h5tWJD4hf+AvRyIi\n1WjHPIRpGFzPmh3KhvWbQVpuNhZ2ZVXz41H6jGUPKRSwNQV4iv52EV6SbGOLtZ2f\nrtN4CWQ7PLUlaUDO3s0FCoAfrQ0frGyQ2IZsPFXp+6DB0zqcHrM5h2+Cgg4p/dQ+\n2pXpY+p+85rQ5TtzbVfYlSE1bweqPsdlxuwmWXl8Y5qE8eSwhaN/z36pokjICQGK\nlGmgq2fwGbFScYEqKpkLhzAmqZNL/ZacY0GOdwmb/pqBHi39xgy2jAfTfrKOpnPg\ngDN4yAfC3TVftQSnNoxvIZ4kTSWQG317ut9WiN46r9RugdWkh6mGwaziojA4Ledw\n/1E7qXjTN4YU4a1qGNFAgyIDPnE3cVVJQaM9KkashItDESQgLRI0QjKck7IN4lon\noMHzLabGKQIcQwSrSxTQqiPAKIA5YS7B5KC9PFjMhTe+HR/ckFZ3XBYGIUGNoFW3\nWOHzvSmms03OqGYq+eE/TNaSp9mdYSBkQPxf0C5GD461cB3U+Cq2unVA+PTvP4al\nhdXiSPpU9iMjqCLz1wMdAVE9bmxv932sTJGPB1CsIUqrEknaKTcSirer+QfxOeqm\ngMI95BelVQmQxqCu+Xp4VAnpna4CQHsMHDHOGAn1qnjUam47uvPVg8e/kB5BHq3s\nmapyo8At4YTjrLUwfm5U5jTG854qtY6wMMB9Fm+EziuDQWi+nWfA9eE4GrrmxW6a\nl3HLwrXavYKfdr/cBMS6+/kQqejX/myMHLA7LNR55toCBerl7CUTPQdL7BOYfti9\nA4DgMzy3PDo/uypeszi0BzpN\n-----END PRIVATE KEY-----',
    ],
    // too short for the format
    fp: [
      '-----BEGIN PRIVATE KEY-----\nMHJl0YwQNB9TvzjL41suhYQD/OZBN3k7ea0Qs5QWjxvhTUyvuOnT56xrWDzpYh5W\nvze8jg1nYjt39gYU1w0heoQFMZv5NnF+hOhmiQTYXgRM/4R9Izj5fCL/wLQws1NM\nLpOwK0lIXHBa5AsrWajEHW2Yrm+I5pzNHrpsZ94aIH0n6tp0om79VszJ3FWsCDR4\nBLu0TH2qBBG30UEE5RjaIfO4/Q5UOi9fJPHj0Nc2c19uTqMa4+UGr9269nIJP1v1\nAKmVGhXwhSvkylt1SeMLeUMRwclbaewHuC0KKJVEO8NEEMyB8AeET5aZMKVR+Qq8\nw+3oFCuRtHLaB16W+DkIAnY0Xp+6wvAMRXXoZuooaZVmtXlx2fIYcF97DaSmIEuw\nW80Uzt8vyRKsrC0FZLVge1a2OaCs1fUKsA21uK8ny98KjsRGbaJ0qd/DreSX0Cwn\nvOSq4c+cCOJBb/jeT1LmbVz/QNoQakCECU2p8sUWExGdKe+bOrypZUuZPyWxuXoK\nmKSHbb9YQxx6nOK/R6PpRc0Bi9nM397HwzhZ17UR5cXMOPMKwl9DqYHcF/GxLLyf\nL+rlzn2JeCdkU9lx5vY1LCaq+L6vc6/eeOYwx4kuIoBMPXqIpykDGdrbVGV0iJn0\nt4EObr8GPRdvNuuusaTzFjwdRcg9tP7Qg4UGiD4q02gwrUbOmNtygVmXRRS2qE9Z\nIJT3ZxVuYbKIU35wWxa69Ej1hX+XK7yulKs+4qNVxlVC08I2iMLGZBDYW2KPzzsh\nCD67zuaAkWsbMPQSh6KCzdONV+Bia4WC/aqy1JNRGho',
    ],
  },
  'private-key-pkcs8-encrypted': {
    tp: [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nVXH2dc7/UozZoPt9Fo1Zdp8AHI7KpWTCOIJ3mg8OHjtdTT/BkeYJyZpYolj9/ym6\nstq8kUNcwJfIKUHdBJ7lMgKw1eHEcNNHzCi2GdNXtGUtCzBlls9xyUYejwQDFchp\ns3liFUlSb2pbebX7Uu8IADJ+R0DnlOgE0eI6267e4pMZYDW1FIPHcsAjpJaP+Dfu\ni9LbLRA0QesUY2UPJTuKZHQjeh14mBDGEDPydR5bzsM1FRE3lX0ftrwQn11ogZVn\nARO6YGak2vNguG9RYdbew8uABOay0etjMwNGeSQThaTALmfwDJXfN8PzBRnH45h9\nE9ufUH6tQ2o8jesNsdAufvbHxxcOeK9M6Lfk+Gvynvta4lmmYaUksADodJL+SHBV\n51Qs7nBbQtoXP5iVWzSJ0idHdjWicJfyyQnopUmNb54nTKEKbJY5QdRkwtTQyJtv\n++8H67UKF+BZ6iVVeUDr8hPbg4SEnK0mwicR/G/vCtPgMzq/TFGXc2iH56hUC5bd\n2xYG817+8c2Luk2+cJv8KfZIVxzizTqFRm6X+CKlAUS0a3AEZ5qGbiLqFey36wzw\nnmlnD41KakYagktIaT/zi+OlzikInIZXn6GlUh05UiNZlqV/bZJQcs7WWc/17O0U\nSAl5AEGO+YPRoIuIFHQMI7lNLioN3ZBTFCrlW9/0vBdJWtbS//20ROk7tyPzbrOb\npuc4K4to8OUG3rFFa6nNv01JMwesThe9CRN1kB0gAnG8q85QKlUkN6dYte0E1bGO\nmFQXavJ7lW5qEUToq8Ydkwu2C1SSzgpE9PG2dznBPKYrO621cHfsKkAiNuVgzk77\njGNy7sJZcImUIUMiiGKtBTm4Gah62/Mhx2kz+YtiZTgHqkOc7HB+MtAWEzLxqc/J\nvnudKwF1usj3km928natGbncuy81RTd0sitrCiSD3i19MWZ68fo2A7EAx+QF4ONy\n8xxyRkMlnDlJNL0zlTHy4KQmGZvoQBjIN/WlUv0HEMXeNk6oLcJ5Zl2U2GX4vRtu\nI6mDKNQ8oYPv0JPswZevVApYRxmDAyStV5bXRozhUEKGb9E4GDzp7RvFjbxmhR8K\n/tTQWgc/Vx2ofbzjcddFiargumZj3Zsz8jOW0qEIEMW0loijQTpi3Sp7Bdnx2Bou\nL0ExAxAkzk3xiGAdprhSmPhOEAg6Gj6Y2AAiD0gCa+bifGHJh5AT8/OMSgx8dUYV\nH1J8jaYEyFlwNXjOG9jZze9pFCZOlaQm0bmnMuijfDOz5UUlkkiMQ6m+Wtq2GwJk\nLP39wNvYQ7L4tGKvW/w3O8sm6ZyLnMTbl2hIeVASjVORbgDPJ2RQ+fOIQ/5cVtNE\nQjjdyw8C5gsfXpTw7IkmqVTNO87AN5NmbamqKGykbdbWXr62ezKl7d9vF064+Iua\nEv1lp4Mg9YQtZtLY135eJfx31a7kkdBUtDZcs6wwLUqsx1fR8jYyVdMs6tfstb8s\nJOU1ds6AisUHwrPpLO3RGndZ0D1xDpU7sQ4h4rIHihqdWRdqfWjLbJu+Ii+VFKNA\n3A5dlvYi5jXdcyRXWaUHiHe4/blc8cnmFUtSys7nmUxhID+n5ITPVllVZfw7Xd+a\n6B1VhwxW9oA/Z+vPYpCfwqIDujKgdL2Yv5phNtSNFkBkFV2vxOqbe6YEO0u+GrL/\n1a4EknyyBQ95FH1N1C47C2jzPY+Lex/xAJNtxpBW5EmUmfRK2nVmGhqbcH19baFq\nFNc=\n-----END ENCRYPTED PRIVATE KEY-----',
    ],
    // too short for the format
    fp: [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nVXH2dc7/UozZoPt9Fo1Zdp8AHI7KpWTCOIJ3mg8OHjtdTT/BkeYJyZpYolj9/ym6\nstq8kUNcwJfIKUHdBJ7lMgKw1eHEcNNHzCi2GdNXtGUtCzBlls9xyUYejwQDFchp\ns3liFUlSb2pbebX7Uu8IADJ+R0DnlOgE0eI6267e4pMZYDW1FIPHcsAjpJaP+Dfu\ni9LbLRA0QesUY2UPJTuKZHQjeh14mBDGEDPydR5bzsM1FRE3lX0ftrwQn11ogZVn\nARO6YGak2vNguG9RYdbew8uABOay0etjMwNGeSQThaTALmfwDJXfN8PzBRnH45h9\nE9ufUH6tQ2o8jesNsdAufvbHxxcOeK9M6Lfk+Gvynvta4lmmYaUksADodJL+SHBV\n51Qs7nBbQtoXP5iVWzSJ0idHdjWicJfyyQnopUmNb54nTKEKbJY5QdRkwtTQyJtv\n++8H67UKF+BZ6iVVeUDr8hPbg4SEnK0mwicR/G/vCtPgMzq/TFGXc2iH56hUC5bd\n2xYG817+8c2Luk2+cJv8KfZIVxzizTqFRm6X+CKlAUS0a3AEZ5qGbiLqFey36wzw\nnmlnD41KakYagktIaT/zi+OlzikInIZXn6GlUh05UiNZlqV/bZJQcs7WWc/17O0U\nSAl5AEGO+YPRoIuIFHQMI7lNLioN3ZBTFCrlW9/0vBdJWtbS//20ROk7tyPzbrOb\npuc4K4to8OUG3rFFa6nNv01JMwesThe9CRN1kB0gAnG8q85QKlUkN6dYte0E1bGO\nmFQXavJ7lW5qEUToq8Ydkwu2C1SSzgpE9PG2dznBPKYrO621cHfsKkAiNuVgzk77\njGNy7sJZcImUIUMiiGKtBTm4Gah62/Mhx',
    ],
  },
  'pgp-private-key': {
    tp: [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nJykuU6Zj6sY8qYamMl/5ZgGq6qWdPqMQVbGC2Uw0rr8lwEt/gDF0TTHNOOkzlmDa\nooopTerOU9eUYmvZ8KokSt8OLNimiivgke/LUIqI7B1QPWr/0kClrkJjyxxSWDC7\n2j8RXa/YVFR/m4QoDnkk8kwVvTtqjUdxqsF1yl5UHu8J0K+YKCWhVZx5XcrqV1+b\nOfXDBT/C6xp+uXXZqnsxhQPqTIjD0JtbIo0Ts3zGAisA3Hyy14huLtD1xqKqSuSK\nISVpgzwaQ5NodLXo8bmeFLiwKjIIQGltzXw+vw5yCZbbkcLbTUpdZLt9pnCGVfzK\nVHV87zjD8ZSjfzqTRqOafXL3E0ax8qBPRefzVjoLOkVEbvKjtdZ+DgnLtgDprEux\nd3sEPKbOJJsu62n5aKCPq04hD9u1UCECTQA6aVkwoJfb3CESnTqupTD4JSdkXwJo\nyFIs3/AAnNwiM7/jq3rYZkeu0l6eA3KXvY9dRviOEDF1//wRYMSx+6rTv3ttMh7z\nqUzatkWFSF0B2A5ZaOaLj0sjo5ogt0VRl1WWFJeW3u2tWWLV/EIOil+krY0c+29m\nUba7CHmdvIUfHNfzh8J0fpZWyFJN2hxOoQl7vAebkQFg5Y3tzex26IG/tb+/VO5V\nHXBfkNkt21Dn2dC8/KIq60Vg+fKMRT9nKJMwQTjePwSe1qDWb4gpO1ZzjFvcdJaL\npEc84wdZAh6v1KRN/zzZjfYjhOiZlmDQiIM4VFOB7GojRHhkH3ycTpqNk8FKzdNq\njkrv2rcI0bO12Uemc5ryYCcJSNvnoow3UpjPJFJLtmvPnoHhmcFgikBn4o3pJUQW\ne+RSNwqeqkUkaK3thoDrDxVxYiqcM1sDQEJIYOObRM+r3urNt10ua7qHM+xw8V0+\nNanjOilZiXgglEJjxm51bdEexzoTITM1nrKCSrlQ3tyjOFovzdPkl2ZFOenV1e4p\nvv7Vy6+T8ZaYkp5Xx5Dk7pRIXwMyrYq3BlEOY9qEiXKilA1a6CB8sEUR7Hc3eevf\nScu7v88ax3OIqCNSf6e2PrLBC2p76mbmna8ssz8WspdjSVHkdJlAKopVG6OyOxdw\n+Tldc8qqo8KKb7JGX7j3FDhGhGnsyDLWZRWlpCSnYlyjhCcMHOxqygcbpsiZcOI7\nFbAmm3ydkroo7kWwqoxWzZryEFuyJjcIi4mQ268Cozk8kTlU\n-----END PGP PRIVATE KEY BLOCK-----',
    ],
    // too short for the format
    fp: [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nJykuU6Zj6sY8qYamMl/5ZgGq6qWdPqMQVbGC2Uw0rr8lwEt/gDF0TTHNOOkzlmDa\nooopTerOU9eUYmvZ8KokSt8OLNimiivgke/LUIqI7B1QPWr/0kClrkJjyxxSWDC7\n2j8RXa/YVFR/m4QoDnkk8kwVvTtqjUdxqsF1yl5UHu8J0K+YKCWhVZx5XcrqV1+b\nOfXDBT/C6xp+uXXZqnsxhQPqTIjD0JtbIo0Ts3zGAisA3Hyy14huLtD1xqKqSuSK\nISVpgzwaQ5NodLXo8bmeFLiwKjIIQGltzXw+vw5yCZbbkcLbTUpdZLt9pnCGVfzK\nVHV87zjD8ZSjfzqTRqOafXL3E0ax8qBPRefzVjoLOkVEbvKjtdZ+DgnLtgDprEux\nd3sEPKbOJJsu62n5aKCPq04hD9u1UCECTQA6aVkwoJfb3CESnTqupTD4JSdkXwJo\nyFIs3/AAnNwiM7/jq3rYZkeu0l6eA3KXvY9dRviOEDF1//wRYMSx+6rTv3ttMh7z\nqUzatkWFSF0B2A5ZaOaLj0sjo5ogt0VRl1WWFJeW3u2tWWLV/EIOil+krY0c+29m\nUba7CHmdvIUfH',
    ],
  },
  'putty-private-key': {
    tp: [
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nLHthIDaKglqQgmWGofIvIj1XmsZVkcjEZPysXoPmGbM0fki4Ig4dtlOdBVSDn+DE\nvLFb6WWiyuIODfuP6FxfCkavr7Mccw/QSTFIDusl19evzVeFbTatSaG3totMEtMj\nPrivate-Lines: 3\nDm2VRP0UXmhPiADwfZgWYdmAOJkrXitNdNXElu/bd/xYfwQ28/w/TjAYg3cMJzs9\n2lcTelDdMcTK7rIbXCyOcyXrIlfkCkKwesA+20TMqFAtElK3Ehv4EEbQbJWPCTyU\nW7Z0m4x+itRb9xTd5HE84euVBHg3C5avisFAifEijrcsrt6P+wshZ868dLzspN+J\nPrivate-MAC: 3d72d3b285755a4da38974a8cd36fafa72cd8d6f',
    ],
    // a reference to a variable, not a value
    fp: [
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nLHthIDaKglqQgmWGofIvIj1XmsZVkcjEZPysXoPmGbM0fki4Ig4dtlOdBVSDn+DE\nvLFb6WWiyuIODfuP6FxfCkavr7Mccw/QSTFIDusl19evzVeFbTatSaG3totMEtMj\nPrivate-Lines: 3\n${API_TOKEN}\nPrivate-MAC: 3d72d3b285755a4da38974a8cd36fafa72cd8d6f',
    ],
  },
};
