// Added to FerretDB's internal/handler package by deploy/local/install.sh (the project's build).
//
// FerretDB 1.24 on SQLite runs `update` and `findAndModify` as a query and then a separate write,
// not in one transaction. Two writers on one document both read it, and the second write undoes
// the first: concurrent `$set`s of different fields kept 26 of 160; a compare-and-set
// (`replace_one({_id, v: n})`) let every racer win; `find_one_and_update({status: "open"})` handed
// one open item to several callers. MongoDB makes each of these atomic per document and the project
// relies on that, so this build runs them one at a time per collection. SQLite writes one
// transaction at a time anyway; reads are not held up.

package handler

import "sync"

var namespaceLocks sync.Map // "db.collection" -> *sync.Mutex

// lockNamespace locks the collection's read-modify-write commands; call the result to unlock.
func lockNamespace(db, collection string) func() {
	m, _ := namespaceLocks.LoadOrStore(db+"."+collection, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}
