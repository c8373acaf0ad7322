// Package conversation holds careerconv's domain: a career conversation between an
// employee and their manager, its answers, agreed steps and their progress, the timed
// jobs that drive it, the allowed status transitions and coded errors.
//
// It imports nothing of the project; every other package speaks its types.
package conversation
